"""Asyncio client for the DeployHQ REST API."""
