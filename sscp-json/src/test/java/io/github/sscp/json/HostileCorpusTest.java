package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every document of the hostile corpus (written by {@code scripts/make-hostile-corpus.py}, listed
 * with its expectation in {@code hostile/EXPECTED.tsv}) is refused with an {@link
 * SscpJsonException} — never another exception — naming the expected JSON Pointer with a message
 * that says what is wrong, within 5 seconds and 64 MiB of allocation.
 */
class HostileCorpusTest {

  static final Duration TIME_BOUND = Duration.ofSeconds(5);
  static final long ALLOCATION_BOUND = 64L << 20;

  record Case(String file, DocumentKind<?> kind, String pointer, String fragment) {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    String index = new String(ValidDocumentsTest.resource("hostile/EXPECTED.tsv"), StandardCharsets.UTF_8);
    for (String line : index.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      cases.add(new Case(f[0], DocumentKind.named(f[1]).orElseThrow(), f[2], f[3]));
    }
    return cases;
  }

  @Test
  void theCorpusHasAtLeastSixtyDocuments() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(60);
  }

  @TestFactory
  Stream<DynamicTest> everyHostileDocumentIsRefusedWithAPointer() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
      byte[] bytes = ValidDocumentsTest.resource("hostile/" + c.file());
      Format format = c.file().endsWith(".yaml") ? Format.YAML : Format.JSON;
      com.sun.management.ThreadMXBean threads =
          (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      SscpJsonException refused = assertTimeoutPreemptively(TIME_BOUND, () -> {
        long before = threads.getCurrentThreadAllocatedBytes();
        try {
          SscpJson.standard().read(bytes, format, c.kind());
        } catch (SscpJsonException e) {
          long allocated = threads.getCurrentThreadAllocatedBytes() - before;
          assertThat(allocated).as("bytes allocated reading %s", c.file()).isLessThan(ALLOCATION_BOUND);
          return e;
        } catch (Throwable t) {
          fail("%s threw %s instead of SscpJsonException", c.file(), t);
        }
        return fail("%s was read without complaint", c.file());
      }, c.file());
      assertThat(refused.problems()).isNotEmpty();
      assertThat(refused.problems()).as("%s: %s", c.file(), refused.getMessage())
          .anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo(c.pointer());
            assertThat(p.message()).contains(c.fragment());
          });
    }));
  }

  @Test
  void readingFromAStreamIsBoundedBeforeParsing() throws IOException {
    SscpJson tiny = SscpJson.standard().withLimits(Limits.DEFAULT.withMaxDocumentBytes(1024));
    byte[] big = ValidDocumentsTest.resource("valid/small-partnership.json");
    try (InputStream in = new java.io.ByteArrayInputStream(big)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> tiny.readPartnership(in))
          .isInstanceOf(SscpJsonException.class).hasMessageContaining("larger than the limit of 1024 bytes");
    }
  }
}
