"""Resource classes, one attribute each on `DeployHQ`."""
