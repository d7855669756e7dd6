import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Run by the release profile before anything is signed: says plainly what to do when no GPG
 * signing key is set up, instead of the GPG plugin's bare "gpg ... Exit code: 2".
 * {@code java release/SigningKey.java [KEYNAME]}; exits 1 with the message when there is no key.
 */
public final class SigningKey {

  public static void main(String[] args) throws InterruptedException {
    if (System.getenv("MAVEN_GPG_KEY") != null) {
      return; // the GPG plugin's own signer takes the key from the environment
    }
    String key = args.length > 0 && !args[0].isBlank() && !args[0].startsWith("${") ? args[0] : null;
    String listing;
    try {
      ProcessBuilder command = key == null
          ? new ProcessBuilder("gpg", "--batch", "--list-secret-keys", "--with-colons")
          : new ProcessBuilder("gpg", "--batch", "--list-secret-keys", "--with-colons", key);
      Process gpg = command.redirectErrorStream(true).start();
      listing = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      gpg.waitFor(1, TimeUnit.MINUTES);
    } catch (IOException e) {
      fail("gpg is not installed (or not on the PATH), so the release cannot be signed.");
      return;
    }
    if (listing.lines().noneMatch(l -> l.startsWith("sec"))) {
      fail(key == null ? "gpg has no secret key, so the release cannot be signed."
          : "gpg has no secret key '" + key + "' (-Dgpg.keyname), so the release cannot be signed.");
    }
  }

  private static void fail(String why) {
    System.err.println("[release] " + why);
    System.err.println("[release] Maven Central needs every file signed: create or import a key (gpg --full-generate-key,"
        + " or gpg --import key.asc), publish it (gpg --keyserver keyserver.ubuntu.com --send-keys KEYID),"
        + " or set MAVEN_GPG_KEY. To build the bundle without signatures, for a look only, add -Dgpg.skip.");
    System.exit(1);
  }
}
