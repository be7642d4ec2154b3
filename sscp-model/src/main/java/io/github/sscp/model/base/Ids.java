package io.github.sscp.model.base;

/**
 * The shape of identifiers in the model. Every entity that other entities refer to has an id of
 * lower-case letters and digits in segments joined by {@code -}, {@code .}, {@code _} or {@code /}
 * (e.g. {@code hiow-constabulary}, {@code police-uk/burglary}), at most 200 characters long.
 * Attributes that hold ids carry {@link io.github.sscp.model.constraint.Id}; references also carry
 * {@link io.github.sscp.model.constraint.RefersTo}, and {@link
 * io.github.sscp.model.validation.ModelValidator} checks that they resolve.
 */
public final class Ids {
  /** The regular expression every id matches. */
  public static final String PATTERN = "(?=.{1,200}$)[a-z0-9]+([._/-][a-z0-9]+)*";

  /** The message used when an id does not match {@link #PATTERN}. */
  public static final String MESSAGE =
      "must be an id: lower-case letters and digits in segments joined by - . _ or /";

  private Ids() {}

  /**
   * Tells whether a text is an id: what {@link #PATTERN} matches, checked without a regular
   * expression (validation meets every id of a partnership).
   *
   * @param text the text, not null
   * @return whether it is an id
   */
  public static boolean isId(CharSequence text) {
    int n = text.length();
    if (n == 0 || n > 200) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '-' || c == '.' || c == '_' || c == '/') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }
}
