package org.qualityaward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Quality Award Case Manager: the Baoding Municipal Government Quality Award on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QualityAwardApplication {

  public static void main(String[] args) {
    SpringApplication.run(QualityAwardApplication.class, args);
  }
}
