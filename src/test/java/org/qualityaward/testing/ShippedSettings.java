package org.qualityaward.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The settings as shipped in {@code application.yaml}, bound as Spring binds them (no profile, no overrides). */
public final class ShippedSettings {

  private ShippedSettings() {}

  public static Binder binder() {
    try {
      return new Binder(ConfigurationPropertySources.from(
          new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
