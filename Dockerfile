# Korean Together runtime image, built from source in two stages:
#   docker build -t koto .          (or: docker-compose up --build)
# Stage 1 builds the jar with the Maven wrapper (Vaadin's pre-compiled production bundle: no Node);
# stage 2 is a JRE with the OS tools the tutor speaks with, running as a non-root user.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline -DexcludeReactor=true || true
COPY src src
COPY db db
COPY lang-packs lang-packs
COPY frontend frontend
RUN ./mvnw -B -ntp package -DskipTests && cp target/koto-*.jar /src/koto.jar

FROM eclipse-temurin:25-jre
# espeak-ng: local text-to-speech; opus-tools/lame: compress it; curl: the health check
RUN apt-get update \
 && apt-get install -y --no-install-recommends espeak-ng opus-tools lame curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --home-dir /app --uid 10001 koto
WORKDIR /app
COPY --from=build /src/koto.jar /app/koto.jar
USER koto
ENV KOTO_DATA_DIR=/app/data VAADIN_USAGE_STATS_ENABLED=false KOTO_LOG_FORMAT=json
EXPOSE 8080
# ready = accepting traffic after first-start seeding, database, Redis and object store answering
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness >/dev/null || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/koto.jar"]
