package io.newsflow.ingest.testing;

import io.newsflow.core.kafka.KafkaBroker;
import java.lang.reflect.Constructor;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Registers core's shared {@link KafkaBroker} extension. JUnit needs a public no-argument
 * constructor to instantiate an extension named in {@code @ExtendWith}, which KafkaBroker does
 * not have yet, so this delegate creates the extension instance through its private
 * constructor. Remove it (and use {@code @ExtendWith(KafkaBroker.class)}) once core adds one.
 */
public final class SharedBroker implements ParameterResolver {

  private final KafkaBroker delegate;

  public SharedBroker() {
    try {
      Constructor<KafkaBroker> constructor = KafkaBroker.class.getDeclaredConstructor(String.class);
      constructor.setAccessible(true);
      delegate = constructor.newInstance((String) null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("KafkaBroker changed; use @ExtendWith(KafkaBroker.class)", e);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return delegate.supportsParameter(parameter, context);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return delegate.resolveParameter(parameter, context);
  }
}
