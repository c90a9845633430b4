import v8 from 'node:v8';

/**
 * Imported first by the server's entry points, before anything else allocates: it turns off V8's allocation-site
 * pretenuring.
 *
 * Pretenuring makes an allocation site's objects straight in the old generation once most of them have been seen to
 * survive. At start the server builds what it keeps for good (policy packs parsed by zod, schemas, routes, the
 * driver's state), and sites that also make each request's short-lived objects get pretenured then: the request's
 * parsed input, its checked answer. Those then die in the old generation, which grew by ~4.5 MB between two young
 * collections under screening load (the bare ceiling's grew by none), to be freed only by full collections, while
 * each young collection took ~3.7 ms against the ceiling's ~1 ms. Without pretenuring the server answered ~12 % more
 * screenings a second with a lower p99, measured in alternating turns (bench/README.md). A server's long-lived
 * objects are made once, so copying them out of the young generation instead costs nothing that shows.
 */
v8.setFlagsFromString('--no-allocation-site-pretenuring');
