package io.github.sscp.rules.compliance;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rule built from data and a check function: the shape of every statutory rule, and the easy
 * way to write a local one.
 *
 * <p>Immutable and thread-safe when its check is.
 */
public final class StatutoryRule implements Rule {

  private final String id;
  private final String title;
  private final LegalSource source;
  private final DutyHolder holder;
  private final List<RuleVersion> versions;
  private final Function<Context, Finding> check;
  private final Function<Context, List<String>> holders;
  private final String evidence;
  private final @Nullable Function<Context, String> record;
  private final String elsewhere;

  private StatutoryRule(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.title = Objects.requireNonNull(b.title, "title");
    this.source = Objects.requireNonNull(b.source, "source");
    this.holder = Objects.requireNonNull(b.holder, "holder");
    if (b.versions.isEmpty()) {
      throw new IllegalArgumentException(id + ": a rule needs at least one version");
    }
    this.versions = List.copyOf(b.versions);
    this.check = Objects.requireNonNull(b.check, "check");
    this.holders = b.holders;
    this.evidence = b.evidence;
    this.record = b.record;
    this.elsewhere = b.elsewhere;
  }

  /**
   * Obtains a builder.
   *
   * @param id the rule's id, not null
   * @param title the rule's title, not null
   * @return the builder, not null
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public LegalSource source() {
    return source;
  }

  @Override
  public DutyHolder holder() {
    return holder;
  }

  @Override
  public List<RuleVersion> versions() {
    return versions;
  }

  @Override
  public Finding check(Context context) {
    return check.apply(context);
  }

  @Override
  public List<String> holderOrganisations(Context context) {
    return holders.apply(context);
  }

  @Override
  public String evidence() {
    return evidence;
  }

  @Override
  public String elsewhere() {
    return elsewhere;
  }

  @Override
  public Optional<String> record(Context context) {
    return record == null ? Optional.empty()
        : Optional.of(record.apply(context)).filter(y -> !y.isBlank());
  }

  @Override
  public String toString() {
    return id;
  }

  /** Builder for {@link StatutoryRule}. */
  public static final class Builder {
    private final String id;
    private final String title;
    private @Nullable LegalSource source;
    private DutyHolder holder = DutyHolder.PARTNERSHIP;
    private final List<RuleVersion> versions = new ArrayList<>();
    private @Nullable Function<Context, Finding> check;
    private Function<Context, List<String>> holders = c -> List.of();
    private String evidence = "";
    private @Nullable Function<Context, String> record;
    private String elsewhere = "";

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /**
     * Sets the source.
     *
     * @param instrument the Act or instrument, not null
     * @param provision the provision, not null
     * @param url where to read it, not null
     * @return this builder
     */
    public Builder source(String instrument, String provision, String url) {
      this.source = new LegalSource(instrument, provision, url);
      return this;
    }

    /**
     * Sets who owes the duty.
     *
     * @param holder the holder, not null
     * @return this builder
     */
    public Builder holder(DutyHolder holder) {
      this.holder = holder;
      return this;
    }

    /**
     * Names the organisations that owe the duty.
     *
     * @param holders the organisation ids for a context, not null
     * @return this builder
     */
    public Builder holders(Function<Context, List<String>> holders) {
      this.holders = holders;
      return this;
    }

    /**
     * Adds versions.
     *
     * @param more the versions, not null
     * @return this builder
     */
    public Builder version(RuleVersion... more) {
      versions.addAll(List.of(more));
      return this;
    }

    /**
     * Says why the rule does not apply in a jurisdiction it has no version for.
     *
     * @param why e.g. "England only (SI 2012/2660); no Welsh counterpart", not null
     * @return this builder
     */
    public Builder elsewhere(String why) {
      this.elsewhere = why;
      return this;
    }

    /**
     * Says what evidence satisfies the rule, and how to record it in YAML.
     *
     * @param words the evidence, in words, not null
     * @param yaml writes the YAML for a partnership and date, referring to its records, not null
     * @return this builder
     */
    public Builder evidence(String words, Function<Context, String> yaml) {
      this.evidence = words;
      this.record = yaml;
      return this;
    }

    /**
     * Sets the check.
     *
     * @param check the check, not null
     * @return this builder
     */
    public Builder check(Function<Context, Finding> check) {
      this.check = check;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule, not null
     * @throws IllegalArgumentException if it has no version
     */
    public StatutoryRule build() {
      return new StatutoryRule(this);
    }
  }
}
