"""aspirations"""
