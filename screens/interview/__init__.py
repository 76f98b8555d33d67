"""The interview screen: answers drafted from the plan, practised, kept as versions."""
