package uz.yagona;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at {@code /v3/api-docs} says about the platform as a whole. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI yagonaOpenApi(@Value("${yagona.api.version:v1}") String version) {
        return new OpenAPI().info(new Info()
                .title("Yagona API")
                .version(version)
                .description("""
                        Public REST API of Yagona, the single portal of public services of Uzbekistan: \
                        JSON under /api/v1, errors as RFC 9457 application/problem+json with an errors array \
                        of {field, rule, message}, messages in the language of Accept-Language \
                        (uz-Latn, uz-Cyrl, ru, en).""")
                .license(new License().name("Apache License 2.0")
                        .url("https://www.apache.org/licenses/LICENSE-2.0")));
    }
}
