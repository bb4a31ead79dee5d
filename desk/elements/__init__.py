"""Element families: each public function validates its arguments, builds a node and emits it."""
