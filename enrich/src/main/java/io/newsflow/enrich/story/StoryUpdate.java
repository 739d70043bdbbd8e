package io.newsflow.enrich.story;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.Story;

/** An article placed in its story, and the story's summary after it joined. */
public record StoryUpdate(Article article, Story story) {}
