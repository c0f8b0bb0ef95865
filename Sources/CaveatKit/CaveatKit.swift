// Orchestration of inputs, configuration and linting. (Filled in by the CLI work.)
