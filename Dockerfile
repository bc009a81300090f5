# Builds the portal with the Maven wrapper, then runs it on a JRE as an unprivileged user, on the
# PostgreSQL that docker-compose.yml gives it (profile "postgres").
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
# the class-data-sharing training run needs the embedded PostgreSQL, which a build container may not start
RUN ./mvnw -B -ntp -q package -DskipTests -Dpasserelle.cds.skip=true && cp target/passerelle.jar /build/passerelle.jar

FROM eclipse-temurin:17-jre-alpine
RUN addgroup -S passerelle && adduser -S passerelle -G passerelle
WORKDIR /app
COPY --from=build /build/passerelle.jar passerelle.jar
USER passerelle
EXPOSE 8080
# memory: the same options as bin/passerelle (issue 13: resident memory under 500 MB with -Xmx512m), but for
# -XX:TrimNativeHeapInterval, which trims glibc's heap and this Alpine image has musl
ENTRYPOINT ["java", "-Xmx512m", "-XX:+UseSerialGC", "-Xms96m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:ReservedCodeCacheSize=96m", "-XX:MaxMetaspaceSize=200m", "-Xss512k", "-jar", "/app/passerelle.jar"]
