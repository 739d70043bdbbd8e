package io.newsflow.sink.deliver;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.Topics;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The delivery service on its own: {@code java io.newsflow.sink.deliver.DeliveryApp [config-file]}. */
public final class DeliveryApp {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryApp.class);

  private DeliveryApp() {}

  public static void main(String[] args) throws InterruptedException {
    Settings settings = Settings.load(args.length > 0 ? Path.of(args[0]) : null, System.getenv());
    if (settings.usesEmbeddedBroker()) {
      throw new IllegalArgumentException("set KAFKA_BOOTSTRAP_SERVERS: the delivery service needs a Kafka cluster");
    }
    Topics topics = Topics.withPrefix(settings.get("topics.prefix"));
    DeliveryService service = DeliveryService.create(settings, settings.get(Settings.BOOTSTRAP_SERVERS), topics);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      stopped.countDown();
    }, "delivery-shutdown"));
    service.start();
    LOG.info("delivery started");
    stopped.await();
  }
}
