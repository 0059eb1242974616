# Build stage: compile and package the application jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src ./src
RUN mvn -B -ntp package -DskipTests

# Run stage: a JRE and the jar, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system newsline && useradd --system --gid newsline --home-dir /app newsline
WORKDIR /app
COPY --from=build /src/target/newsline.jar /app/newsline.jar
COPY seeds /app/seeds
RUN mkdir -p /app/data && chown -R newsline:newsline /app
USER newsline
EXPOSE 8080
# a heap of three quarters of the container's memory (2 GB covers an import), given back
# to the system when serving needs less
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:GCTimeRatio=4 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
ENTRYPOINT ["java", "-jar", "/app/newsline.jar"]
