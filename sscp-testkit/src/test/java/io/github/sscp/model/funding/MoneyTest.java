package io.github.sscp.model.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.ValueParseException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void equalAmountsAreEqualWhateverTheirScale() {
    assertThat(Money.of(new BigDecimal("1"))).isEqualTo(Money.of(new BigDecimal("1.0")))
        .isEqualTo(Money.of(new BigDecimal("1.00"))).hasSameHashCodeAs(Money.of(new BigDecimal("1.0")));
    assertThat(Money.parse("1.5")).isEqualTo(Money.parse("GBP 1.50"));
    assertThat(Money.parse("GBP 1100000.00")).isEqualTo(Money.ofPounds(1_100_000));
    assertThat(Money.parse(Money.ofPounds(12).toString())).isEqualTo(Money.ofPounds(12));
    assertThat(Money.ofPounds(12).toString()).isEqualTo("GBP 12.00");
  }

  @Test
  void plusAddsBothAmounts() {
    assertThat(Money.parse("10.25").plus(Money.parse("0.80"))).isEqualTo(Money.parse("11.05"));
    assertThat(Money.parse("10.25").plus(Money.parse("-20"))).isEqualTo(Money.parse("-9.75"));
    assertThat(Money.parse("-9.75").isNegative()).isTrue();
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(Money.parse("3")).isLessThan(Money.parse("3.01"));
  }

  @Test
  void rejectsFractionsOfAPennyNamingTheAmount() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.005"))).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("amount:").hasMessageContaining("0.005");
    assertThatThrownBy(() -> Money.parse("0.005")).isInstanceOf(ValueParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e5000000", "1E3", "£12", "1,100,000", "12.", ".5", "GBP", "GBP  12", "0x10",
      "1234567890123456", "NaN", "Infinity", "+5"})
  void parse_refusesAnythingButAPlainDecimalQuickly(String text) {
    assertTimeoutPreemptively(Duration.ofMillis(500), () ->
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(ValueParseException.class)
            .hasMessageContaining("money"));
  }

  @Test
  void boundsTheMagnitude() {
    assertThat(Money.parse("999999999999999.99").amount()).isEqualByComparingTo("999999999999999.99");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e15"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("15 digits");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e5000000"))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void formatsAsPeopleWriteIt() {
    assertThat(Money.ofPounds(1_100_000).formatted()).isEqualTo("£1,100,000");
    assertThat(Money.parse("12.5").formatted()).isEqualTo("£12.50");
    assertThat(Money.ofPounds(12).formatted()).isEqualTo("£12");
    assertThat(Money.ofPounds(1_000_000).abbreviated()).isEqualTo("£1m");
    assertThat(Money.ofPounds(1_000).abbreviated()).isEqualTo("£1k");
    assertThat(Money.parse("999.99").abbreviated()).isEqualTo("£999.99");
    assertThat(Money.parse("-1234.5").formatted()).isEqualTo("-£1,234.50");
    assertThat(Money.ofPounds(1_100_000).abbreviated()).isEqualTo("£1.1m");
    assertThat(Money.ofPounds(2_000_000).abbreviated()).isEqualTo("£2m");
    assertThat(Money.ofPounds(1_250_000).abbreviated()).isEqualTo("£1.3m");
    assertThat(Money.ofPounds(250_000).abbreviated()).isEqualTo("£250k");
    assertThat(Money.ofPounds(999_999).abbreviated()).isEqualTo("£1m");
    assertThat(Money.ofPounds(999_949).abbreviated()).isEqualTo("£999.9k");
    assertThat(Money.ofPounds(950).abbreviated()).isEqualTo("£950");
    assertThat(Money.ofPounds(-3_000_000).abbreviated()).isEqualTo("-£3m");
  }
}
