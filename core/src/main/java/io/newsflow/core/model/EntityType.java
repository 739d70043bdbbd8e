package io.newsflow.core.model;

/** The kinds of entity an article can be tagged with. */
public enum EntityType {
  PERSON,
  ORG,
  PRODUCT,
  PLACE,
  OTHER
}
