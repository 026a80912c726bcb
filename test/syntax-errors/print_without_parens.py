print 'Hello, world!'
