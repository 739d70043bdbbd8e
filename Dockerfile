# One image for every newsflow service; docker-compose.yml picks the main class per service.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -pl app -am package -DskipTests

FROM eclipse-temurin:21-jre
WORKDIR /newsflow
COPY --from=build /src/app/target/newsflow-app.jar /src/app/target/lib/ /newsflow/lib/
ENTRYPOINT ["java", "-cp", "/newsflow/lib/*"]
CMD ["io.newsflow.app.Newsflow", "--help"]
