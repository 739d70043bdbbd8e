/** The shared language of newsflow: the records that flow between stages and what they need. */
package io.newsflow.core;
