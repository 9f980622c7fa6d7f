/**
 * The query side: follows the event store and answers questions from read models, one projection
 * per read model. It may only read the event store.
 */
package vn.directives.query;
