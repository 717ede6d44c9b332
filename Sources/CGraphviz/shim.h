#ifndef COOPGRAPH_CGRAPHVIZ_SHIM_H
#define COOPGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <stdlib.h>

// Swift 6 refuses to read mutable C globals ("not concurrency-safe"), so the graph
// descriptors are handed out by value through these accessors.
static inline Agdesc_t cg_directed(void) { return Agdirected; }
static inline Agdesc_t cg_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cg_undirected(void) { return Agundirected; }
static inline Agdesc_t cg_strict_undirected(void) { return Agstrictundirected; }

// cgraph orders subgraphs by ID, and its default ID for a named object is the address of the
// interned name, so cluster order (and with it the layout) changed with the heap from run to
// run. This ID discipline declines names: cgraph then numbers every object with our per-graph
// counter and keeps the names in its internal map, so IDs follow creation order.
static inline void *cg_seqid_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    IDTYPE *counter = (IDTYPE *)malloc(sizeof(IDTYPE));
    if (counter) *counter = 1;
    return counter;
}
static inline long cg_seqid_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype; (void)createflag;
    IDTYPE *counter = (IDTYPE *)state;
    if (str || !counter) return 0;
    *id = *counter;
    *counter += 2;
    return 1;
}
static inline long cg_seqid_alloc(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; return 0; }
static inline void cg_seqid_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }
static inline char *cg_seqid_print(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; return NULL; }
static inline void cg_seqid_close(void *state) { free(state); }
static inline void cg_seqid_register(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }

// cgraph takes `char *` for strings it only reads (it copies them with agstrdup); these
// accessors take `const char *` so Swift can pass its strings without mutable copies.
static inline Agraph_t *cg_agopen(const char *name, Agdesc_t desc) {
    static Agiddisc_t sequentialIDs = {
        cg_seqid_open, cg_seqid_map, cg_seqid_alloc, cg_seqid_free, cg_seqid_print, cg_seqid_close, cg_seqid_register
    };
    static Agdisc_t discipline = {&AgMemDisc, &sequentialIDs, &AgIoDisc};
    return agopen((char *)name, desc, &discipline);
}
static inline Agnode_t *cg_agnode(Agraph_t *g, const char *name) { return agnode(g, (char *)name, 1); }
static inline Agedge_t *cg_agedge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *key) {
    return agedge(g, t, h, (char *)key, 1);
}
static inline Agraph_t *cg_agsubg(Agraph_t *g, const char *name) { return agsubg(g, (char *)name, 1); }
static inline Agsym_t *cg_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}
static inline int cg_agxset(void *obj, Agsym_t *sym, const char *value) { return agxset(obj, sym, (char *)value); }
static inline char *cg_agstrdup_html(Agraph_t *g, const char *s) { return agstrdup_html(g, (char *)s); }
static inline int cg_agsafeset(void *obj, const char *name, const char *value, const char *def) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}

#endif
