package io.newsflow.sink.deliver;

import io.newsflow.core.config.ServiceMain;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.Topics;

/** The delivery service on its own: {@code java io.newsflow.sink.deliver.DeliveryApp [config-file]}. */
public final class DeliveryApp {


  private DeliveryApp() {}

  public static void main(String[] args) throws InterruptedException {
    Settings settings = ServiceMain.settings(args, "delivery");
    Topics topics = Topics.withPrefix(settings.get("topics.prefix"));
    DeliveryService service = DeliveryService.create(settings, settings.get(Settings.BOOTSTRAP_SERVERS), topics);
    ServiceMain.runUntilShutdown("delivery", settings, service::start, service::close, metrics -> { });
  }

}
