package demo;

class Any {}
