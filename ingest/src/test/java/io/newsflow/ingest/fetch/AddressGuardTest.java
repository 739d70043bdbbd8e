package io.newsflow.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
    "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1",
    "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
    "::127.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::1", "ff02::1"
  })
  void treatsInternalAddressesAsInternal(String literal) throws UnknownHostException {
    assertTrue(AddressGuard.isInternal(InetAddress.getByName(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "2002:5db8:d822::1"})
  void letsPublicAddressesThrough(String literal) throws UnknownHostException {
    assertFalse(AddressGuard.isInternal(InetAddress.getByName(literal)), literal);
  }

  @Test
  void refusesLoopbackHostsAndOtherSchemes() {
    AddressGuard guard = new AddressGuard(false);
    assertTrue(guard.refuse(URI.create("http://127.0.0.1:8080/feed")).orElseThrow().startsWith("blocked"));
    assertTrue(guard.refuse(URI.create("http://[::1]/feed")).orElseThrow().startsWith("blocked"));
    assertTrue(guard.refuse(URI.create("http://localhost/feed")).orElseThrow().startsWith("blocked"));
    assertEquals(Optional.of("unsupported scheme 'file' (only http and https)"), guard.refuse(URI.create("file:///etc/passwd")));
  }

  @Test
  void allowsPrivateNetworksWhenConfigured() {
    assertEquals(Optional.empty(), new AddressGuard(true).refuse(URI.create("http://127.0.0.1:8080/feed")));
  }
}
