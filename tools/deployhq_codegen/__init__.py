"""The code generation of deployhq-async: repairing DeployHQ's OpenAPI document
(`normalize`), comparing two documents (`drift`), and regenerating
`generated/deployhq_api` (`regen`, with the files it writes beside the generator's
output: `call_signatures`, `request_schemas`). Its data (rules, names, generator
settings, templates, the spec lock) lives in `openapi/`.

    python -m deployhq_codegen check | regen | update ...   (scripts/regen.sh)
"""
