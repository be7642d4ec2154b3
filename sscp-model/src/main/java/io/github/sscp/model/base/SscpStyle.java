package io.github.sscp.model.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every sscp value type.
 *
 * <p>Plain accessor names ({@code name()}), JDK-only collections, no nulls, {@code add…} methods
 * depluralised from collection names ({@code addMembership}), and {@code with…} copies. A builder
 * missing required attributes throws {@link MissingAttributesException} naming them. Applied to
 * each model package in its {@code package-info.java}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria", "body:bodies", "activity:activities",
        "priority:priorities", "strategy:strategies", "category:categories", "survey:surveys",
        "issue:issues", "subIssue:subIssues", "alias:aliases", "measureOfSuccess:measuresOfSuccess",
        "analysis:analyses", "focus:focuses", "annex:annexes", "person:people"},
    optionalAcceptNullable = false,
    defaultAsDefault = false,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    throwForInvalidImmutableState = MissingAttributesException.class)
public @interface SscpStyle {}
