package org.dossier.store;

/**
 * Puts numbered articles into the store at {@code args[0]} until it is killed, printing the id of
 * each one stored; run by {@link KillTest} in a process of its own.
 */
public final class CrashWriter {

  private CrashWriter() {}

  public static void main(String[] args) {
    try (Store store = Store.open(args[0])) {
      for (int i = 0; ; i++) {
        PutResult r = store.put(Fixtures.numbered(i));
        System.out.println(r.outcome() + " " + i);
        System.out.flush();
      }
    }
  }
}
