"""goal_wizard"""
