#ifndef COOPGRAPH_CGRAPHVIZ_SHIM_H
#define COOPGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

// Swift 6 refuses to read mutable C globals ("not concurrency-safe"), so the graph
// descriptors are handed out by value through these accessors.
static inline Agdesc_t cg_directed(void) { return Agdirected; }
static inline Agdesc_t cg_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cg_undirected(void) { return Agundirected; }
static inline Agdesc_t cg_strict_undirected(void) { return Agstrictundirected; }

// cgraph takes `char *` for strings it only reads (it copies them with agstrdup); these
// accessors take `const char *` so Swift can pass its strings without mutable copies.
static inline Agraph_t *cg_agopen(const char *name, Agdesc_t desc) { return agopen((char *)name, desc, NULL); }
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
