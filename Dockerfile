# Builds and runs the application; used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY bpmn bpmn
COPY forms forms
COPY dmn dmn
COPY reports reports
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 lifeaccess && apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
USER lifeaccess
WORKDIR /app
COPY --from=build /src/target/life-access-security-code-*.jar app.jar
# Memory (README "Memory"): the application runs at full load inside a 768 MiB container limit with these flags;
# the benchmark suite (docs/benchmarks.md) starts the application with exactly this line and measures its resident
# memory against that limit. Heap 384 MiB; class metadata, JIT code and thread stacks bounded; the serial
# collector (no per-region bookkeeping of G1; pauses of a few milliseconds at this heap size).
# glibc gives each thread that allocates its own 64 MiB malloc arena; two arenas keep the memory beside the JVM's
# bounded (the web server, the job executor and the connection pool run dozens of threads).
ENV MALLOC_ARENA_MAX=2
ENV JAVA_MEMORY_OPTS="-Xmx384m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_MEMORY_OPTS -jar /app/app.jar"]
