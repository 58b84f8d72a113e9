# help('modules') lists the frozen modules (packages and submodules by dotted name) with the built-in ones.
help("modules")
