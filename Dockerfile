# Runtime image of the app. Build the jar first: ./mvnw -B package -DskipTests
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends espeak-ng opus-tools lame \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app koto
WORKDIR /app
COPY target/koto-*.jar /app/koto.jar
USER koto
ENV KOTO_DATA_DIR=/app/data VAADIN_USAGE_STATS_ENABLED=false
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/koto.jar"]
