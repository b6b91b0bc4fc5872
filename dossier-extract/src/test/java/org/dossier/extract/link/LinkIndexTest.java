package org.dossier.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkIndexTest {

  @Test
  void spells_the_initials_of_a_title() {
    assertThat(LinkIndex.initials("Pakistan_Tehreek-e-Insaf")).isEqualTo("PTI");
    assertThat(LinkIndex.initials("Federal_Bureau_of_Investigation")).isEqualTo("FBI");
    assertThat(LinkIndex.initials("Khan_(title)")).isNull();
  }

  @Test
  void finds_titles_by_surface_and_acronym_after_a_round_trip(@TempDir Path dir) throws Exception {
    String dict = String.join("\n",
        "PTI\tPardon_the_Interruption\t0.64",
        "Pakistan Tehreek-e-Insaf\tPakistan_Tehreek-e-Insaf\t1.0",
        "Tehreek-e-Insaf\tPakistan_Tehreek-e-Insaf\t1.0",
        "Insaf party\tPakistan_Tehreek-e-Insaf\t1.0",
        "Imran Khan\tImran_Khan\t0.67",
        "apple\tApple\t0.9") + "\n";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(dict.getBytes(StandardCharsets.UTF_8));
    }
    Path file = dir.resolve("links.bin");
    LinkIndex.build(new ByteArrayInputStream(gz.toByteArray()), file);
    LinkIndex index = LinkIndex.open(file);
    assertThat(index.lookup("Imran Khan").orElseThrow().title()).isEqualTo("Imran_Khan");
    assertThat(index.lookup("PTI").orElseThrow().title()).isEqualTo("Pardon_the_Interruption");
    assertThat(index.expansions("PTI")).extracting(LinkIndex.Candidate::title).containsExactly("Pakistan_Tehreek-e-Insaf");
    assertThat(index.lookup("apple")).isEmpty();
  }
}
