/**
 * Resolution of actors and places to identities researchers aggregate on: an actor or recipient
 * string to a country code and PLOVER sectors ({@link org.eventwire.resolve.ActorResolver}), a
 * place string to a GeoNames place with coordinates and a precision ({@link
 * org.eventwire.resolve.PlaceResolver}), and a story's own country ({@link
 * org.eventwire.resolve.StoryContext}). Pure functions over data loaded once from the class path
 * ({@link org.eventwire.resolve.ResolveData}); no Beam and no CoreNLP, so stages call them from any
 * DoFn. The data are built from GeoNames, the Phoenix/PETRARCH2 dictionaries, CoreNLP's demonyms
 * and the JDK's ISO 3166 table by {@code scripts/build-resolve-data.py}.
 */
package org.eventwire.resolve;
