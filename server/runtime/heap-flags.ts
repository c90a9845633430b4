import v8 from 'node:v8';

/**
 * Imported first by the server's entry points, before anything else allocates: it turns off V8's allocation-site
 * pretenuring.
 *
 * Pretenuring makes an allocation site's objects straight in the old generation once most of them have been seen to
 * survive. Under screening load the server's old generation grew by ~4.5 MB between two young collections (the bare
 * ceiling's by none), and each young collection took ~3.7 ms against the ceiling's ~1 ms: objects that die within a
 * request, mostly zod's parsed input and checked answer, were being made old, most likely at sites shared with what
 * the server builds at start and keeps for good (policy packs parsed by zod, schemas, routes). Without pretenuring
 * the server answered 11–14 % more screenings a second with a lower p99, measured in alternating turns
 * (bench/README.md). A server's long-lived objects are made once, so copying them out of the young generation
 * instead costs nothing that shows.
 */
v8.setFlagsFromString('--no-allocation-site-pretenuring');
