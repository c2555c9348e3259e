package io.cccjdbc.api;

import java.util.List;
import java.util.Optional;

/** A file of named credential profiles, as written by the aliyun CLI or the credentials SDKs. */
interface ProfileFile {

  /**
   * The credentials of the profile, or nothing (with a note on {@code trail} saying why) when the
   * file or profile is absent.
   *
   * @param profile the requested profile, or null for the file's own default
   * @throws CredentialsException if the file cannot be read, or the profile is unusable
   */
  Optional<Credentials> find(String profile, List<String> trail);
}
