# Coffee Chat Coach: build with Maven, run on a JRE as a non-root user, data on a volume.
#   docker build -t coffeechat .
#   docker run -d --name coffeechat -e DISCORD_TOKEN -v coffeechat-data:/data coffeechat
#   docker run -it --rm -v coffeechat-data:/data coffeechat console     # the console, no token needed

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so that a source change does not download them again.
COPY pom.xml ./
COPY conversations/pom.xml conversations/
COPY bot/pom.xml bot/
RUN mvn -B -q -pl conversations dependency:go-offline
COPY config/ config/
COPY conversations/ conversations/
COPY bot/ bot/
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 coach \
 && useradd --system --uid 10001 --gid coach --home-dir /app --shell /usr/sbin/nologin coach \
 && mkdir -p /app /data \
 && chown coach:coach /data
COPY --from=build /src/bot/target/coffeechat.jar /app/coffeechat.jar
ENV COFFEECHAT_DATA_DIR=/data
VOLUME ["/data"]
USER coach
WORKDIR /app
# /metrics and /health listen on 127.0.0.1:9464 inside the container only (README, "Operating it"). The health
# check asks /health with the image's curl (the eclipse-temurin Ubuntu images ship it): no JVM starts per check.
# Healthy: the database answers within 2 s and, on Discord, every shard's gateway is connected.
ENV COFFEECHAT_METRICS_PORT=9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl --fail --silent --show-error --max-time 4 http://127.0.0.1:9464/health || exit 1
# DISCORD_TOKEN comes from the environment at run time; it is never baked into the image.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/coffeechat.jar"]
