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

#endif
