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
# Class data sharing: a training start records the classes a start loads (settings, logging, the database and its
# migrations, the engine, JDA and its HTTP client) in /app/coffeechat.jsa, which every start then maps instead of
# reading and verifying them again (README, "Start-up time"). The training start logs in to an address where
# nothing listens, so it ends by itself with exit code 1; its data directory is thrown away.
RUN mkdir /tmp/cds-training \
 && (DISCORD_TOKEN=cds-training COFFEECHAT_DATA_DIR=/tmp/cds-training \
     COFFEECHAT_DISCORD_REST_URL=http://127.0.0.1:9/api/v10/ COFFEECHAT_DISCORD_GATEWAY_URL=ws://127.0.0.1:9/ \
     timeout 300 java -XX:ArchiveClassesAtExit=/app/coffeechat.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
     -jar /app/coffeechat.jar > /dev/null 2>&1 || true) \
 && rm -rf /tmp/cds-training \
 && test -s /app/coffeechat.jsa
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
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/coffeechat.jsa", "-jar", "/app/coffeechat.jar"]
