package io.github.sscp.model.time;

import io.github.sscp.model.InvalidValueException;

/** Bounds on the years the time types accept, so that labels stay four digits. */
final class Years {
  static final int MIN = 1000;
  static final int MAX = 9998;

  private Years() {}

  static int check(String field, int year) {
    InvalidValueException.require(year >= MIN && year <= MAX,
        field + ": year " + year + " is outside " + MIN + ".." + MAX);
    return year;
  }
}
