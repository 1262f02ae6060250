# syntax=docker/dockerfile:1

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests \
    && cp target/tidbok-catalog-*.jar application.jar \
    && java -Djarmode=tools -jar application.jar extract --layers --destination /extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 tidbok && useradd --system --uid 10001 --gid tidbok --no-create-home tidbok
WORKDIR /app
# Spring Boot's extracted layout, one layer per rate of change: dependencies change least.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER tidbok
EXPOSE 8080
# The footprint measured in bench/RESULTS.md: about 300 MB resident after load.
ENV MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-Xms32m -Xmx96m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=32m -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
# Ready means the catalog is in memory and answering. The image has no curl, so bash speaks HTTP.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /readyz HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-jar", "application.jar"]
