package se.pmo.tidbok;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The catalog of PMO appointment-book types and the 1177 patient rules that apply to
 * them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TidbokCatalogApplication {

	public static void main(String[] args) {
		SpringApplication.run(TidbokCatalogApplication.class, args);
	}

}
