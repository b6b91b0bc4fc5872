package org.dossier.store;

/**
 * The store cannot do what was asked because of its environment: the database cannot be opened,
 * is locked by another process, refused the connection, or the disk is full. The message is one
 * line meant for the person running Dossier; the cause keeps the details for a bug report.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
