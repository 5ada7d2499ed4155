// Stands in for 'server-only' in unit tests (Next provides the real guard when it bundles).
