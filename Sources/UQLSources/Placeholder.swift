import UQLValues
