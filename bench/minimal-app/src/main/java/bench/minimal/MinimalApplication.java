package bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The yardstick of bench.StartupBench: Camunda 7 with its webapps and REST API, JPA, H2 and one process. */
@SpringBootApplication
public class MinimalApplication {

  public static void main(String[] args) {
    SpringApplication.run(MinimalApplication.class, args);
  }
}
