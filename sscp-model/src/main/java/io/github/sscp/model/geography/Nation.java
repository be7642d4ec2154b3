package io.github.sscp.model.geography;

/** The nation whose law a partnership works under; CSPs exist in England and Wales. */
public enum Nation {
  /** England: Crime and Disorder Act 1998 with SI 2007/1830. */
  ENGLAND,
  /** Wales: Crime and Disorder Act 1998 with SI 2007/3076; health bodies are Local Health Boards. */
  WALES
}
